/**
 * The crash suite of issue 17 with the archive in a bucket on a local S3-compatible server (s3rver),
 * through the same S3 adapter as on AWS (see support/crash-cases.ts).
 */
import { crashSuite } from './support/crash-cases.js';

crashSuite('s3');
