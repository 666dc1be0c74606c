// Browser download of a CSV file, and a one-line description of the siting settings for exports.
import { CSV_TYPE, downloadBlob } from '../../lib/io/download';

export function download(filename: string, text: string): void {
  downloadBlob(filename, text, CSV_TYPE);
}

export function sitingSettingsText(subject: string, filter: string, travel: string, minutes: number, speed: number, demand: string): string {
  return `${subject}${filter ? `/${filter}` : ''}; ${travel} ${minutes} min @ ${speed} km/h; demand=${demand}; indicative`;
}
