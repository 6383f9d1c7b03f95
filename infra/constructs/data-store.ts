import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

/** A global secondary index with string keys, named after the access pattern it serves. */
export interface StringKeyIndex {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
}

export interface DataStoreProps {
  /** GSIs of the single-table design; all project every attribute. */
  readonly indexes?: readonly StringKeyIndex[];
}

/**
 * The single DynamoDB table (PK/SK strings): on demand, point-in-time recovery, deletion protection,
 * and kept when the stack is deleted — submissions are the product's record.
 */
export class DataStore extends Construct {
  readonly table: dynamodb.TableV2;

  constructor(scope: Construct, id: string, props: DataStoreProps = {}) {
    super(scope, id);
    const str = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: str('PK'),
      sortKey: str('SK'),
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      globalSecondaryIndexes: (props.indexes ?? []).map((index) => ({
        indexName: index.indexName,
        partitionKey: str(index.partitionKey),
        ...(index.sortKey ? { sortKey: str(index.sortKey) } : {}),
        projectionType: dynamodb.ProjectionType.ALL,
      })),
    });
  }
}
