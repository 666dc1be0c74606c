// Browser download of a CSV file.
import { CSV_TYPE, downloadBlob } from '../../lib/io/download';

export function download(filename: string, text: string): void {
  downloadBlob(filename, text, CSV_TYPE);
}

