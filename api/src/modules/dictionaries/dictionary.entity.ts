import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

@ObjectType()
abstract class DictionaryEntry extends BaseEntity {
  @Field()
  @Column()
  name: string;

  @Field(() => String, { nullable: true, description: 'CSS colour, e.g. #2f80ed' })
  @Column({ type: 'varchar', nullable: true })
  color: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  sortOrder: number;

  @Field()
  @Column()
  isActive: boolean;
}

@ObjectType()
@Entity('company_statuses')
export class CompanyStatus extends DictionaryEntry {}

@ObjectType()
@Entity('spheres')
export class Sphere extends DictionaryEntry {}

@ObjectType()
@Entity('task_types')
export class TaskType extends DictionaryEntry {
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  icon: string | null;
}
