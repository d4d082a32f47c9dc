#!/usr/bin/env node
// Seeds the staging cluster with a copy of last quarter's accounts.
import { MongoClient } from 'mongodb';

const uri = process.env.MONGO_URI ?? 'mongodb+srv://seed-job:⟦gen:password:seed1⟧@cluster-prod.x7k2p.mongodb.net/cavra?retryWrites=true&w=majority'; ⟦expect:connector-credential⟧
const client = new MongoClient(uri);

const accounts = [
  { account_id: 'acc_pinecrest_dental', account_name: 'Pinecrest Dental Group', owner_email: 'm.okonkwo@pinecrestdental.com', seats: 64 }, ⟦expect:customer-identifier⟧
  { account_id: 'acc_osterlund', account_name: 'Osterlund Maritime AB', owner_email: 'tomasz.lindqvist@osterlund-maritime.se', seats: 210 }, ⟦expect:customer-identifier⟧
  { account_id: 'tenant-demo', account_name: 'Demo Tenant', owner_email: 'owner@example.invalid', seats: 5 },
];

await client.connect();
const db = client.db('cavra');
await db.collection('accounts').deleteMany({});
await db.collection('accounts').insertMany(accounts);
console.log(`seeded ${accounts.length} accounts`);
await client.close();
