import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { ChangePasswordForm } from '@/features/profile/components/change-password-form';
import { PreferencesForm } from '@/features/profile/components/preferences-form';
import { ProfileDetailsForm } from '@/features/profile/components/profile-details-form';
import { SignedInDevices } from '@/features/profile/components/signed-in-devices';
import { TwoFactorSection } from '@/features/profile/components/two-factor-section';
import { useMe } from '@/lib/auth';

export function ProfileRoute() {
  const { data: me } = useMe();
  if (!me) return <Spinner label="Loading your profile…" />;

  return (
    <>
      <PageHeader
        title="Your profile"
        description="Your name, preferences, password, signed-in devices and two-factor authentication."
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="space-y-6">
          <Card title="Details">
            <ProfileDetailsForm key={me.updatedAt ?? me.id} me={me} />
          </Card>
          <Card title="Preferences" description="How AiGentForce looks and talks to you.">
            <PreferencesForm key={me.updatedAt ?? me.id} me={me} />
          </Card>
          <Card title="Password" description="Other sessions stay signed in until they expire.">
            <ChangePasswordForm email={me.email} />
          </Card>
          <Card
            title="Signed-in devices"
            description="Browsers and apps signed in as you. Sign out any you do not recognise."
          >
            <SignedInDevices />
          </Card>
          <Card
            title="Two-factor authentication"
            description="A code from an authenticator app on your phone at each sign-in, on top of your password."
          >
            <TwoFactorSection email={me.email} />
          </Card>
        </div>
        <Card title="Access" className="h-fit">
          <dl className="space-y-4 text-sm">
            <div>
              <dt className="font-medium text-fg-muted">Roles</dt>
              <dd className="mt-1 flex flex-wrap gap-1">
                {me.roles.map((role) => (
                  <Badge key={role} tone="accent">
                    {role}
                  </Badge>
                ))}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-fg-muted">Teams</dt>
              <dd className="mt-1 text-fg">
                {me.teams.length === 0 ? (
                  <span className="text-fg-muted">Not in a team yet.</span>
                ) : (
                  <ul className="space-y-0.5">
                    {me.teams.map((team) => (
                      <li key={team.id}>
                        {team.name}
                        {team.lead ? <span className="text-fg-muted"> (lead)</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            {me.subscriptionTier ? (
              <div>
                <dt className="font-medium text-fg-muted">Plan</dt>
                <dd className="mt-1 text-fg capitalize">{me.subscriptionTier}</dd>
              </div>
            ) : null}
          </dl>
        </Card>
      </div>
    </>
  );
}
