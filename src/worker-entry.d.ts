// `import url from './x.worker.ts?worker-entry'`: the URL of a module worker that is built as an
// entry of the app's own bundle (vite.config.ts, workerEntry).
declare module '*?worker-entry' {
  const url: string;
  export default url;
}
