// The little of s3rver (a dev dependency: an S3-compatible server in Node, for tests) that tests/helpers/s3-server.ts uses.
declare module "s3rver" {
  import type { AddressInfo } from "node:net";
  type Options = { port?: number; address?: string; silent?: boolean; directory: string; configureBuckets?: { name: string }[]; resetOnClose?: boolean };
  export default class S3rver {
    constructor(options: Options);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
