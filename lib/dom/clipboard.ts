/**
 * Puts text/plain and text/html on the clipboard. The async Clipboard API is the first choice, but
 * it exists only in secure contexts (and may be refused), so the fallback is a `copy` event
 * handler that fills `clipboardData`, fired by execCommand('copy') inside the user's click or key.
 */
interface ClipboardFlavours {
  plain: string;
  html: string;
}

type ClipboardRoute = 'clipboard-api' | 'copy-event';

/** Fallback: handle the `copy` event that execCommand fires and write both flavours into it. */
export function copyWithEvent(doc: Document, data: ClipboardFlavours): boolean {
  let wrote = false;
  const onCopy = (event: Event) => {
    const clipboardData = (event as ClipboardEvent).clipboardData;
    if (!clipboardData) return;
    clipboardData.setData('text/plain', data.plain);
    clipboardData.setData('text/html', data.html);
    // Our data, not the (empty) selection's.
    event.preventDefault();
    wrote = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy') && wrote;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}

/** Write both flavours; resolves to the route that worked, or null when neither did. */
export async function writeClipboard(
  doc: Document,
  data: ClipboardFlavours,
): Promise<ClipboardRoute | null> {
  const win = doc.defaultView;
  const clipboard = win?.isSecureContext ? win.navigator.clipboard : undefined;
  const Item = win && 'ClipboardItem' in win ? win.ClipboardItem : undefined;
  if (clipboard?.write && Item) {
    try {
      await clipboard.write([
        new Item({
          'text/plain': new Blob([data.plain], { type: 'text/plain' }),
          'text/html': new Blob([data.html], { type: 'text/html' }),
        }),
      ]);
      return 'clipboard-api';
    } catch {
      // Denied or unsupported flavour: the copy event still works within the user's gesture.
    }
  }
  return copyWithEvent(doc, data) ? 'copy-event' : null;
}
