/** Offers a text as a file to save, without a server round trip. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // The BOM makes spreadsheet programs read the accents as UTF-8.
  const blob = new Blob(['\uFEFF', text], { type });
  downloadBlob(filename, blob);
}

/** Offers bytes fetched from the API (e.g. a CSV export) as a file to save. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
