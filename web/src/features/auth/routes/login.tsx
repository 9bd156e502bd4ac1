import { useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { Alert } from '@/components/ui/alert';
import { TextLink } from '@/components/ui/text-link';
import type { LoginOutcome } from '@/features/auth/api/login';
import { LoginForm } from '@/features/auth/components/login-form';
import { MfaStepForm } from '@/features/auth/components/mfa-step-form';
import { RequiredEnrolment } from '@/features/auth/components/required-enrolment';
import { useAuthStore } from '@/lib/auth-store';
import { paths, safeRedirect } from '@/lib/paths';

/** What other pages hand over when they send someone here. */
export interface LoginLocationState {
  email?: string;
  tenant?: string;
  notice?: string;
}

function readState(state: unknown): LoginLocationState {
  return typeof state === 'object' && state !== null ? state : {};
}

export function LoginRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const signedIn = useAuthStore((state) => state.status === 'authenticated');
  const redirectTo = safeRedirect(searchParams.get('redirectTo'));
  const { email, tenant, notice } = readState(location.state);
  const [second, setSecond] = useState<{ outcome: LoginOutcome; email: string }>();

  // the forced enrolment starts the session itself, after the recovery codes were seen
  if (signedIn && second?.outcome.step !== 'enrol') return <Navigate to={redirectTo} replace />;

  const done = () => {
    void navigate(redirectTo, { replace: true });
  };
  const restart = () => {
    setSecond(undefined);
  };

  if (second?.outcome.step === 'mfa') {
    return (
      <AuthLayout
        title="Two-factor authentication"
        description="Enter the code from your authenticator app to finish signing in."
      >
        <MfaStepForm mfaToken={second.outcome.mfaToken} onSuccess={done} onRestart={restart} />
      </AuthLayout>
    );
  }
  if (second?.outcome.step === 'enrol') {
    return (
      <AuthLayout
        title="Set up two-factor authentication"
        description="One more step before you can sign in."
      >
        <RequiredEnrolment
          mfaToken={second.outcome.mfaToken}
          email={second.email}
          onSuccess={done}
          onRestart={restart}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Sign in"
      description="Welcome back. Sign in to your organisation's workspace."
      footer={
        <>
          New to AiGentForce? <TextLink to={paths.register}>Register your organisation</TextLink>
        </>
      }
    >
      {notice ? (
        <Alert tone="success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      <LoginForm
        defaultEmail={email}
        defaultTenant={tenant}
        onSuccess={(outcome, signedInEmail) => {
          if (outcome.step === 'done') done();
          else setSecond({ outcome, email: signedInEmail });
        }}
      />
    </AuthLayout>
  );
}
