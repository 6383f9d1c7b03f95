/** The crash suite of issue 17 on the archive folder under DATA_DIR (see support/crash-cases.ts). */
import { crashSuite } from './support/crash-cases.js';

crashSuite('folder');
