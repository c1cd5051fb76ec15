/** Types for security-headers.mjs (plain ESM so next.config.js and Node scripts import it as is). */
export interface Header {
  readonly key: string;
  readonly value: string;
}
export declare const V4_WEIGHT_ORIGINS: readonly string[];
export declare const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>>;
export declare function contentSecurityPolicy(): string;
export declare const SECURITY_HEADERS: readonly Header[];
