import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

@ObjectType()
@Entity('notes')
export class Note extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field()
  @Column()
  isPinned: boolean;

  @Field(() => GraphQLJSON, { description: 'Attachment descriptors: [{ name, url, size }]' })
  @Column({ type: 'jsonb' })
  attachments: unknown[];

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}
