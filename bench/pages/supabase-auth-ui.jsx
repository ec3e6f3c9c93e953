// Supabase's auth UI (@supabase/auth-ui-react 0.4.7) on its client (@supabase/supabase-js 2.109.0),
// in its one-time-code view with its default theme: the like-for-like auth kit.
import { createRoot } from 'react-dom/client';
import { createClient } from '@supabase/supabase-js';
import { Auth } from '@supabase/auth-ui-react';
import { ThemeSupa } from '@supabase/auth-ui-shared';

const supabase = createClient('https://example.supabase.co', 'public-anon-key');

createRoot(document.getElementById('root')).render(<Auth supabaseClient={supabase} view="verify_otp" appearance={{ theme: ThemeSupa }} />);
