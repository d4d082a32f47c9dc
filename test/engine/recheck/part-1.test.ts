import { recheckPart } from './cases.js';

recheckPart(1);
