import { createBrowserRouter, type RouteObject } from 'react-router';

import { RequireAuth, RequirePermission } from '@/app/routes/guards';
import { NotFoundRoute, RouteErrorBoundary } from '@/app/routes/not-found';
import { PageLoading } from '@/app/routes/page-loading';
import { AppShell } from '@/app/shell/app-shell';
import { permissions } from '@/lib/permissions';

/** Route modules load on demand, one chunk per page. */
export const routes: RouteObject[] = [
  {
    path: '/login',
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/login')).LoginRoute,
    }),
  },
  {
    path: '/register',
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/register')).RegisterRoute,
    }),
  },
  {
    path: '/accept-invite',
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/accept-invite')).AcceptInviteRoute,
    }),
  },
  {
    path: '/forgot-password',
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/forgot-password')).ForgotPasswordRoute,
    }),
  },
  {
    path: '/reset-password',
    lazy: async () => ({
      Component: (await import('@/features/auth/routes/reset-password')).ResetPasswordRoute,
    }),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('@/features/dashboard/routes/dashboard-home'))
            .DashboardHomeRoute,
        }),
      },
      {
        path: 'knowledge',
        element: <RequirePermission permission={permissions.kbRead} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/knowledge/routes/knowledge-bases'))
                .KnowledgeBasesRoute,
            }),
          },
          {
            path: 'search',
            lazy: async () => ({
              Component: (await import('@/features/knowledge/routes/knowledge-search'))
                .KnowledgeSearchRoute,
            }),
          },
          {
            path: 'bases/:knowledgeBaseId',
            lazy: async () => ({
              Component: (await import('@/features/knowledge/routes/knowledge-base'))
                .KnowledgeBaseRoute,
            }),
          },
          {
            path: 'documents/:documentId',
            lazy: async () => ({
              Component: (await import('@/features/knowledge/routes/document')).DocumentRoute,
            }),
          },
        ],
      },
      {
        path: 'prompt-templates',
        element: <RequirePermission permission={permissions.promptsRead} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/prompt-templates/routes/prompt-templates'))
                .PromptTemplatesRoute,
            }),
          },
          {
            path: 'new',
            element: <RequirePermission permission={permissions.promptsWrite} />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('@/features/prompt-templates/routes/prompt-template'))
                    .PromptTemplateRoute,
                }),
              },
            ],
          },
          {
            path: ':templateId',
            lazy: async () => ({
              Component: (await import('@/features/prompt-templates/routes/prompt-template'))
                .PromptTemplateRoute,
            }),
          },
        ],
      },
      {
        path: 'profile',
        lazy: async () => ({
          Component: (await import('@/features/profile/routes/profile')).ProfileRoute,
        }),
      },
      {
        path: 'admin/users',
        element: <RequirePermission permission={permissions.usersRead} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/users/routes/users')).UsersRoute,
            }),
          },
        ],
      },
      {
        path: 'admin/teams',
        element: <RequirePermission permission={permissions.teamsRead} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/teams/routes/teams')).TeamsRoute,
            }),
          },
        ],
      },
      {
        path: 'admin/roles',
        element: <RequirePermission permission={permissions.rolesRead} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/roles/routes/roles')).RolesRoute,
            }),
          },
        ],
      },
      {
        path: 'admin/audit',
        element: <RequirePermission permission={permissions.auditRead} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/audit/routes/audit-log')).AuditLogRoute,
            }),
          },
        ],
      },
      {
        path: 'admin/api-keys',
        element: <RequirePermission permission={permissions.apiKeysManage} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/api-keys/routes/api-keys')).ApiKeysRoute,
            }),
          },
        ],
      },
      {
        path: 'admin/ai-providers',
        element: <RequirePermission permission={permissions.aiAdmin} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/ai-providers/routes/ai-providers'))
                .AiProvidersRoute,
            }),
          },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundRoute /> },
];

export function createAppRouter() {
  // Shown while the first page's lazy module loads.
  return createBrowserRouter([{ HydrateFallback: PageLoading, children: routes }]);
}
