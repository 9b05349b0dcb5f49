import { Field, ObjectType } from 'type-graphql';
import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

@ObjectType({ description: 'A sales branch (EKB, Tyumen, Krasnodar…).' })
@Entity('branches')
export class Branch extends BaseEntity {
  @Field()
  @Column()
  code: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: 'IANA time zone used for day boundaries in reports.' })
  @Column()
  timeZone: string;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}

@ObjectType()
@Entity('regions')
export class Region extends BaseEntity {
  @Field()
  @Column()
  name: string;

  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;
}
