import { CompanyResolver } from './company.resolver';
import { CompanyDeletionRequestResolver } from './deletion-request.resolver';

export { CompanyEmail, CompanyPhone } from './company-channel.entity';
export { Company, ContractType } from './company.entity';
export { CompanyDeletionRequest, DeletionRequestStatus } from './deletion-request.entity';
export { CompanyService } from './company.service';
export { CompanyTransferService } from './company-transfer.service';
export { DeletionRequestService } from './deletion-request.service';
export { CompanyResolver, CompanyDeletionRequestResolver };

export const companyResolvers = [CompanyResolver, CompanyDeletionRequestResolver];
