-- Two units of the same name under one parent would be one unit entered twice (imports, createOrg).
CREATE UNIQUE INDEX "Org_parentId_name_key" ON "Org"("parentId", "name");
