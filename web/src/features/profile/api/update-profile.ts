import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import { userSchema } from '@/types/api';

export interface ProfileInput {
  name?: string;
  preferences?: Record<string, unknown>;
}

/** PUT /api/v1/users/me — the caller's name and preferences. */
export function updateProfile(input: ProfileInput) {
  return apiRequest('/api/v1/users/me', { method: 'PUT', body: input, schema: userSchema });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
    },
    meta: { errorToast: false },
  });
}
