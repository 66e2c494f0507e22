if (!process.env.TEST_DATABASE_URL) {
  throw new Error('The PostgreSQL suite needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test');
}
