import { recheckPart } from './cases.js';

recheckPart(2);
