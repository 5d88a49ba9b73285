import { graphql } from "../generated/index.js";

export const requestSignUpMutation = graphql(`
  mutation PublicRequestSignUp($email: String!) {
    requestSignUp(email: $email)
  }
`);

export const completeSignUpMutation = graphql(`
  mutation PublicCompleteSignUp($input: CompleteSignUpInput!) {
    completeSignUp(input: $input) { accessToken expiresInSeconds refreshToken user { id } }
  }
`);
