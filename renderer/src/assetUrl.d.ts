// Vite's `?url` imports: the address of a file the build copies into the renderer's assets ('self').
declare module '*?url' {
  const url: string;
  export default url;
}
