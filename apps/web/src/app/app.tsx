import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ConfirmDialogs } from '#components/confirm-dialogs';
import { Toasts } from '#components/toasts';
import { queryClient, router } from './router';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
});

export function App() {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <ConfirmDialogs.Host />
        <Toasts.Host position="bottom-right" />
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
