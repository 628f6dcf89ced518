// Binds the generated field schemas to the API server's Decoder contract.

import { strictDecode } from '../api/schema/decode.ts';
import type { Decoder } from './decode.ts';

export const decodeAgainstSchema: Decoder = (group, version, kind, obj) => strictDecode(group, version, kind, obj);
