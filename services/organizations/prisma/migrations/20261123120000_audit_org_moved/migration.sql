-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'ORG_MOVED';
