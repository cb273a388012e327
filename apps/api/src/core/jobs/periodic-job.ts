/**
 * Runs `work` every `everyMs`, never two runs at once (a slow run makes the next ticks pass), and
 * lets shutdown wait for the run under way. A failed run goes to `onError` and the next tick tries
 * again. The background workers of the API are one of these each.
 */
export class PeriodicJob {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly everyMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.work()
        .then(() => undefined, this.onError)
        .finally(() => (this.running = undefined));
    }, this.everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
