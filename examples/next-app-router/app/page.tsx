// A server component: it renders on the server and hands the flow to a client component.
// The wizard's first step (heading, description, email field, button) is in the server HTML.
import { SignUp } from './sign-up';

export default function Page() {
  return (
    <main style={{ maxWidth: 420, margin: '0 auto' }}>
      <h1>Create your account</h1>
      <SignUp />
    </main>
  );
}
