import { Alert } from '@mantine/core';

/** A form-level error (one not tied to a field); renders nothing without a message. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light">
      {message}
    </Alert>
  );
}
