// Saves text as a file download (a blob: URL, allowed by the CSP; nothing leaves the browser).
import { downloadBlob } from '../../lib/io/download';

export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, text, type);
}
