// The Fullscreen API with a graceful fallback: where it is missing or refused (kiosk, iframe,
// no user gesture) the tour still fills the browser window, so failures are silent.
export function isFullscreen(): boolean {
  return !!document.fullscreenElement;
}

export async function enterFullscreen(): Promise<boolean> {
  const el = document.documentElement;
  if (!el.requestFullscreen || document.fullscreenElement) return !!document.fullscreenElement;
  try {
    await el.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!document.fullscreenElement || !document.exitFullscreen) return;
  try {
    await document.exitFullscreen();
  } catch {
    /* already left */
  }
}
