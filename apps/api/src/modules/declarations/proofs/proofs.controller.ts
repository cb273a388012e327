import { Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';

import { Actor } from '../../../core/auth/actor';
import { CurrentActor, Roles } from '../../../core/auth/auth.decorators';
import { contentDisposition } from './proof-content';
import { ProofUploadInterceptor } from './proof-upload.interceptor';
import { ProofsService, UploadedProof } from './proofs.service';

/**
 * Proof files over plain HTTP (multipart in, bytes out); the apps send the bearer token as for
 * GraphQL and show what they fetch from a blob URL. Errors have the shape of GraphQL errors.
 */
@Controller('files/proofs')
export class ProofsController {
  constructor(private readonly proofs: ProofsService) {}

  @Post()
  @HttpCode(201)
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  @UseInterceptors(ProofUploadInterceptor)
  async upload(@CurrentActor() actor: Actor, @UploadedFile() file: UploadedProof | undefined) {
    const { id, fileName, mimeType, size } = await this.proofs.upload(actor, file);
    return { id, fileName, mimeType, size, url: `/files/proofs/${id}` };
  }

  @Get(':id')
  async serve(@CurrentActor() actor: Actor, @Param('id') id: string, @Query('download') download: string | undefined, @Res() response: Response) {
    const proof = await this.proofs.read(actor, id);
    response
      .status(200)
      .set({
        'Content-Type': proof.mimeType,
        'Content-Length': String(proof.content.length),
        'Content-Disposition': contentDisposition(download === '1' ? 'attachment' : 'inline', proof.fileName),
        'X-Content-Type-Options': 'nosniff',
        // Shown in a frame or an image only; a PDF viewer gets no script, form or same-origin rights.
        'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'private, no-cache',
      })
      .end(proof.content);
  }
}
