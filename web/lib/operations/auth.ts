import { graphql } from '@/lib/gql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      user { id locale }
    }
  }
`);

export const RefreshTokenMutation = graphql(`
  mutation RefreshToken($token: String!) {
    refreshToken(token: $token) {
      accessToken
      refreshToken
    }
  }
`);

export const LoginWithMagicLinkMutation = graphql(`
  mutation LoginWithMagicLink($token: String!) {
    loginWithMagicLink(token: $token) {
      accessToken
      refreshToken
      user { id locale }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const UpdateMyLocaleMutation = graphql(`
  mutation UpdateMyLocale($locale: Locale!) {
    updateMyProfile(input: { locale: $locale }) { id locale }
  }
`);
