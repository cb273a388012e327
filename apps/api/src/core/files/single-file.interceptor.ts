import { CallHandler, ExecutionContext, HttpException, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';

/**
 * Reads the multipart field `file` into memory (multer's default storage), refusing more than
 * `maxBytes` while it streams; multer's own errors become the caller's field errors. Runs after
 * the guard: an unauthenticated request is refused before its body is read.
 */
export abstract class SingleFileInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  protected constructor(
    maxBytes: number,
    private readonly tooLarge: () => Error,
    private readonly fileRequired: () => Error,
  ) {
    const Multer = FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields: 5 }, defParamCharset: 'utf8' });
    this.multer = new Multer();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(Promise.resolve(this.multer.intercept(context, next))).pipe(
      catchError((error: unknown) => throwError(() => this.translate(error))),
      switchMap((handled) => handled),
    );
  }

  private translate(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return this.tooLarge();
    // A malformed multipart body, another field than `file`, or not multipart/form-data at all.
    if (error instanceof HttpException && [400, 415].includes(error.getStatus())) return this.fileRequired();
    return error;
  }
}
