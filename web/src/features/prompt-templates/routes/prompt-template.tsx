import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { TextLink } from '@/components/ui/text-link';
import { toast } from '@/components/ui/toast-store';
import { useDeleteTemplate } from '@/features/prompt-templates/api/delete-template';
import { useTemplate } from '@/features/prompt-templates/api/get-template';
import { TemplateForm } from '@/features/prompt-templates/components/template-form';
import { TemplatePreview } from '@/features/prompt-templates/components/template-preview';
import { TemplateVersions } from '@/features/prompt-templates/components/template-versions';
import { useHasPermission } from '@/lib/auth';
import { paths, promptTemplatePath } from '@/lib/paths';
import { permissions } from '@/lib/permissions';
import { describeError } from '@/lib/problem';

/** `/prompt-templates/new` and `/prompt-templates/:templateId`: editor, preview and history side by side. */
export function PromptTemplateRoute() {
  const { templateId } = useParams();
  const navigate = useNavigate();
  const canWrite = useHasPermission(permissions.promptsWrite);
  const template = useTemplate(templateId);
  const remove = useDeleteTemplate();
  const [confirming, setConfirming] = useState(false);

  if (templateId && template.isPending) return <Spinner label="Loading prompt template…" />;
  if (templateId && template.isError) {
    return <p className="text-sm text-danger">{describeError(template.error)}</p>;
  }
  const current = template.data;

  return (
    <>
      <PageHeader
        title={current ? current.name : 'New prompt template'}
        description={
          <>
            <TextLink to={paths.promptTemplates}>All prompt templates</TextLink>
            {current ? ` · version ${current.version}` : null}
          </>
        }
        actions={
          current && canWrite ? (
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(true);
              }}
            >
              Delete
            </Button>
          ) : null
        }
      />
      <div
        className={current ? 'grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]' : 'max-w-3xl'}
      >
        <TemplateForm
          key={current ? `${current.id}-${current.version}` : 'new'}
          template={current}
          readOnly={!canWrite}
          onSaved={(saved) => {
            toast.success(`Saved version ${saved.version}.`);
            if (!current) void navigate(promptTemplatePath(saved.id), { replace: true });
          }}
        />
        {current ? (
          <div className="space-y-6">
            <TemplatePreview key={current.version} template={current} />
            <TemplateVersions templateId={current.id} />
          </div>
        ) : null}
      </div>
      {current ? (
        <ConfirmDialog
          open={confirming}
          title="Delete prompt template"
          confirmLabel="Delete"
          pending={remove.isPending}
          onCancel={() => {
            setConfirming(false);
          }}
          onConfirm={() => {
            remove.mutate(current.id, {
              onSuccess: () => {
                toast.success('Prompt template deleted.');
                void navigate(paths.promptTemplates);
              },
            });
          }}
        >
          “{current.name}” and all its versions will be deleted.
        </ConfirmDialog>
      ) : null}
    </>
  );
}
