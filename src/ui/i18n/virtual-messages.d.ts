declare module 'virtual:messages/*' {
  /** A catalogue compiled by scripts/build/messages-plugin.ts: one function per message key. */
  const messages: Record<string, (values?: Record<string, unknown>) => string>;
  export default messages;
}
