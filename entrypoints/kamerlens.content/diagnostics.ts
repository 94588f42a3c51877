/**
 * Kamerlens never throws into the page's console as an error: what goes wrong is logged as a quiet
 * debug line, and the page keeps working.
 */
export function note(message: string, detail?: unknown): void {
  if (detail === undefined) console.debug(`[Kamerlens] ${message}`);
  else console.debug(`[Kamerlens] ${message}`, detail);
}

export async function quietly(what: string, work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (error) {
    note(`${what} mislukt; de pagina blijft zoals ze was.`, error);
  }
}
