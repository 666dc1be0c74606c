// Browser download of a text file, and a one-line description of the siting settings for exports.
export function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function sitingSettingsText(subject: string, filter: string, travel: string, minutes: number, speed: number, demand: string): string {
  return `${subject}${filter ? `/${filter}` : ''}; ${travel} ${minutes} min @ ${speed} km/h; demand=${demand}; indicative`;
}
