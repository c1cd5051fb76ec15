/** Types for static-host-files.mjs. */
import type { Header } from "./security-headers.mjs";
export declare function netlifyHeaders(headers: readonly Header[]): string;
export declare function vercelJson(headers: readonly Header[]): string;
export declare function serveJson(headers: readonly Header[]): string;
