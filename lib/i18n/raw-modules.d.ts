// Vite's `?raw` import gives a file's text; used to bundle the message catalogs.
declare module '*.yml?raw' {
  const text: string;
  export default text;
}
