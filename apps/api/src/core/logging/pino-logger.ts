import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

export function createRootLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'relais-api' },
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', '*.refreshToken'],
  });
}

/**
 * Nest's LoggerService on top of pino: `new Logger(Class.name)` everywhere in the API writes
 * structured JSON lines with the class as `context`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]) {
    // Nest passes the context as the last string argument, and a stack before it for errors.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const logger = context ? this.root.child({ context }) : this.root;
    if (message !== null && typeof message === 'object') {
      const text = typeof rest[0] === 'string' ? rest[0] : undefined;
      logger[level](message, text);
    } else {
      const stack = typeof rest[0] === 'string' ? rest[0] : undefined;
      logger[level](stack ? { stack } : {}, String(message));
    }
  }
}
