// `verikit/adapters/supabase`: Supabase Auth from the browser through the app's own supabase-js client.
// supabase-js is an optional peer; this entry imports nothing from it, not even its types.
export { createSupabaseAdapter, SUPABASE_AUTH_ERRORS, type SupabaseAdapterOptions, type SupabaseAuthLike } from '../../adapters/supabase';
