import { useMutation } from '@apollo/client/react';
import { DECLARATION_IMPORT_CHUNK_ROWS } from '@relais/domain';
import { AddDeclarationImportRowsDocument, type DeclarationImportGrouping, StartDeclarationImportDocument } from '@relais/graphql-client';
import { useState } from 'react';

import { csvChunks } from './csv-chunks';

export interface UploadProgress {
  done: number;
  total: number;
}

/**
 * Sends a file to the API in chunks (the body limit is 3 MB): opens an import, then each chunk in
 * order, so the progress bar moves row by row. Gives the import's id once every chunk is staged.
 */
export function useDeclarationUpload() {
  const [start] = useMutation(StartDeclarationImportDocument);
  const [addRows] = useMutation(AddDeclarationImportRowsDocument);
  const [progress, setProgress] = useState<UploadProgress | null>(null);

  const upload = async (fileName: string, text: string, grouping: DeclarationImportGrouping): Promise<string> => {
    const chunks = csvChunks(text, DECLARATION_IMPORT_CHUNK_ROWS);
    const total = chunks.reduce((sum, c) => sum + c.rowCount, 0);
    setProgress({ done: 0, total });
    try {
      const started = await start({ variables: { input: { fileName, grouping } } });
      const id = started.data?.startDeclarationImport.id;
      if (!id) throw new Error('startDeclarationImport gave no id');
      let done = 0;
      for (const chunk of chunks) {
        await addRows({ variables: { importId: id, chunk: { index: chunk.index, firstRow: chunk.firstRow, csv: chunk.csv } } });
        done += chunk.rowCount;
        setProgress({ done, total });
      }
      return id;
    } finally {
      setProgress(null);
    }
  };

  return { upload, progress };
}
