import { int32 as formats14 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

import { compiledUser as validate57 } from "./user.js";
export { validate181 as compiledUserEntityListing };
const schema175 = {"type":"object","properties":{"entities":{"type":"array","items":{"$ref":"#/$defs/User"}},"pageSize":{"type":"integer","format":"int32"},"pageNumber":{"type":"integer","format":"int32"},"total":{"type":"integer","format":"int64"},"firstUri":{"type":"string","format":"uri-reference"},"nextUri":{"type":"string","format":"uri-reference"},"previousUri":{"type":"string","format":"uri-reference"},"lastUri":{"type":"string","format":"uri-reference"},"selfUri":{"type":"string","format":"uri-reference"},"pageCount":{"type":"integer","format":"int32"}}};

function validate181(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entities !== undefined){
let data0 = data.entities;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate57(data0[i0], {instancePath:instancePath+"/entities/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.pageSize !== undefined){
let data2 = data.pageSize;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err1 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats14.validate(data2))){
const err2 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.pageNumber !== undefined){
let data3 = data.pageNumber;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats14.validate(data3))){
const err4 = {instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.total !== undefined){
let data4 = data.total;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats68.validate(data4))){
const err6 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.firstUri !== undefined){
let data5 = data.firstUri;
if(typeof data5 === "string"){
if(!(formats8(data5))){
const err7 = {instancePath:instancePath+"/firstUri",schemaPath:"#/properties/firstUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/firstUri",schemaPath:"#/properties/firstUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.nextUri !== undefined){
let data6 = data.nextUri;
if(typeof data6 === "string"){
if(!(formats8(data6))){
const err9 = {instancePath:instancePath+"/nextUri",schemaPath:"#/properties/nextUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/nextUri",schemaPath:"#/properties/nextUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.previousUri !== undefined){
let data7 = data.previousUri;
if(typeof data7 === "string"){
if(!(formats8(data7))){
const err11 = {instancePath:instancePath+"/previousUri",schemaPath:"#/properties/previousUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/previousUri",schemaPath:"#/properties/previousUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.lastUri !== undefined){
let data8 = data.lastUri;
if(typeof data8 === "string"){
if(!(formats8(data8))){
const err13 = {instancePath:instancePath+"/lastUri",schemaPath:"#/properties/lastUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/lastUri",schemaPath:"#/properties/lastUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.selfUri !== undefined){
let data9 = data.selfUri;
if(typeof data9 === "string"){
if(!(formats8(data9))){
const err15 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.pageCount !== undefined){
let data10 = data.pageCount;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err17 = {instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(!(formats14.validate(data10))){
const err18 = {instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate181.errors = vErrors;
return errors === 0;
}
