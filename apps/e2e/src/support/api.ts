import { DEMO_PASSWORD } from './sign-in';
import { systemUrls } from './system';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL call to the API under test, as a client of it (the e2e suite may not import the API's code). */
export async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${systemUrls().api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (!answer.data) throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** Signs a demo user in over the API, for the steps a test sets up without the browser. */
export async function apiSignIn(email: string): Promise<{ token: string; userId: string }> {
  const data = await graphql<{ signIn: { accessToken: string; user: { id: string } } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken user { id } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return { token: data.signIn.accessToken, userId: data.signIn.user.id };
}

export const apiToken = async (email: string) => (await apiSignIn(email)).token;
