import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Short-lived bearer token: Authorization: Bearer <accessToken>' })
  accessToken: string;

  @Field({ description: 'Rotating refresh token; each use returns a new one and retires this one' })
  refreshToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType()
export class MagicLink {
  @Field({ description: 'The one-time sign-in URL to hand to the user' })
  url: string;

  @Field()
  token: string;

  @Field()
  expiresAt: Date;
}

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(200)
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  currentPassword: string;

  @Field()
  @MinLength(8, { message: 'newPassword must be at least 8 characters' })
  @MaxLength(200)
  newPassword: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field(() => String, { nullable: true, description: 'The refresh token; the web may omit it and send the pulse_rt cookie' })
  @IsOptional()
  @IsString()
  token?: string | null;
}
