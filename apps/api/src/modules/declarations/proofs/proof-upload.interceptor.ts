import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';

import { AppConfig } from '../../../core/config/app-config';
import { ProofErrors } from './proofs.errors';

/**
 * Reads the multipart field `file` into memory (multer's default storage), refusing more than
 * PROOF_MAX_BYTES while it streams. Multer's own errors become the proof's field errors.
 * Runs after the guard: an unauthenticated request is refused before its body is read.
 */
@Injectable()
export class ProofUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(private readonly config: AppConfig) {
    const Multer = FileInterceptor('file', { limits: { fileSize: config.PROOF_MAX_BYTES, files: 1, fields: 5 }, defParamCharset: 'utf8' });
    this.multer = new Multer();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(Promise.resolve(this.multer.intercept(context, next))).pipe(
      catchError((error: unknown) => throwError(() => this.translate(error))),
      switchMap((handled) => handled),
    );
  }

  private translate(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return ProofErrors.tooLarge(this.config.PROOF_MAX_BYTES);
    // A malformed multipart body, another field than `file`, or not multipart/form-data at all.
    if (error instanceof HttpException && [400, 415].includes(error.getStatus())) return ProofErrors.fileRequired();
    return error;
  }
}
