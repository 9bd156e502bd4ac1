import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** POST /api/v1/users/me/password — answers 204. */
export function changePassword(input: ChangePasswordInput) {
  return apiRequest('/api/v1/users/me/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword, meta: { errorToast: false } });
}
